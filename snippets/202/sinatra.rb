require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 202
    json message: 'Accepted'
end
