require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 100
    json message: 'OK'
end
