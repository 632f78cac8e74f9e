require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 200
    json message: 'OK'
end
