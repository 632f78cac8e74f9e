require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 206
    json message: 'Partial Content'
end
